/**
 * The Echo Show document, as Amazon's APL validator (apl-suggester) reads it: no error and no warning. Its findings are
 * suggestions on validity and best practice (a property a component does not take, a missing required one, a bad
 * type), which a device may forgive, or may not.
 */
import { StaticAplTemplateValidator } from 'apl-suggester';
import coachScreen from '../../src/alexa/screen/coachScreen.json';

test('apl-suggester finds nothing to fix in the Echo Show document', async () => {
  const findings = await new StaticAplTemplateValidator().validate(coachScreen);
  expect(findings.map(({ path, errorMessage, level }) => `${level} ${path}: ${errorMessage}`)).toEqual([]);
});

test('apl-suggester does find a property a component does not take, so a finding would show', async () => {
  const broken = structuredClone(coachScreen) as { mainTemplate: { item: Record<string, unknown> } };
  broken.mainTemplate.item.backgroundColor = 'red';
  const findings = await new StaticAplTemplateValidator().validate(broken);
  expect(findings.map(({ errorMessage }) => errorMessage)).toContainEqual(expect.stringContaining('backgroundColor'));
});
