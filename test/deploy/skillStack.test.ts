/**
 * What `npm run deploy` deploys, checked offline: the CloudFormation template ask-cli's cfn-deployer gets (every
 * reference resolves, the parameters are the ones ask-cli passes, the role may do exactly what the store does), the
 * function's environment as the Lambda host reads it, ask-resources.json, the deploy script, and .gitignore keeping
 * ask-cli's states.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { readAlexaHostConfig } from '../../src/config/alexaEnv';

const ROOT = path.resolve(__dirname, '../..');
const TEMPLATE_PATH = 'infrastructure/cfn-deployer/skill-stack.yaml';
const CFN_DEPLOYER = path.join(ROOT, 'node_modules/ask-cli/dist/lib/builtins/deploy-delegates/cfn-deployer/index.js');

/** CloudFormation's short-form tags (`!Ref X`, `!GetAtt A.B`, `!Sub ...`) read as their long forms. */
const INTRINSICS = ['Ref', 'GetAtt', 'Sub', 'Join', 'Select', 'Split', 'If', 'Equals', 'Not', 'And', 'Or', 'FindInMap', 'GetAZs', 'ImportValue', 'Base64', 'Cidr', 'Condition'];
const cfnSchema = yaml.DEFAULT_SCHEMA.extend(
  INTRINSICS.flatMap((name) =>
    (['scalar', 'sequence', 'mapping'] as const).map(
      (kind) =>
        new yaml.Type(`!${name}`, {
          kind,
          construct: (data: unknown) => {
            if (name === 'Ref' || name === 'Condition') return { [name]: data };
            if (name === 'GetAtt' && typeof data === 'string') return { 'Fn::GetAtt': data.split('.') };
            return { [`Fn::${name}`]: data };
          },
        }),
    ),
  ),
);

type Node = unknown;
interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}
interface Template {
  Parameters: Record<string, { Type: string; AllowedValues?: string[]; Default?: string }>;
  Resources: Record<string, Resource>;
  Outputs: Record<string, { Value: Node }>;
}

const raw = readFileSync(path.join(ROOT, TEMPLATE_PATH), 'utf8');
const template = yaml.load(raw, { schema: cfnSchema, filename: TEMPLATE_PATH }) as Template;
const resources = template.Resources;
const resource = (name: string): Resource => {
  const found = resources[name];
  if (!found) throw new Error(`no resource ${name}`);
  return found;
};
const askResources = JSON.parse(readFileSync(path.join(ROOT, 'ask-resources.json'), 'utf8')) as {
  profiles: Record<string, { code: Record<string, { src: string }>; skillInfrastructure: { type: string; userConfig: Record<string, unknown> } }>;
};

/** Every intrinsic function call in the template, with the path it sits at. */
const intrinsics = (node: Node, at: string[] = []): { fn: string; arg: unknown; at: string }[] => {
  if (Array.isArray(node)) return node.flatMap((child, i) => intrinsics(child, [...at, String(i)]));
  if (node === null || typeof node !== 'object') return [];
  const entries = Object.entries(node);
  const [only] = entries;
  if (entries.length === 1 && only && (only[0] === 'Ref' || only[0].startsWith('Fn::'))) {
    return [{ fn: only[0], arg: only[1], at: at.join('.') }, ...intrinsics(only[1], at)];
  }
  return entries.flatMap(([key, child]) => intrinsics(child, [...at, key]));
};

const ref = (name: string) => ({ Ref: name });
const getAtt = (name: string, attribute: string) => ({ 'Fn::GetAtt': [name, attribute] });

describe('the CloudFormation template', () => {
  it('declares exactly the parameters ask-cli’s cfn-deployer passes, so CloudFormation accepts its call', () => {
    // ask-cli builds the parameter list in _mapStackParameters; the skill credentials only when the template
    // mentions them, which this one must not (they are secrets it has no use for).
    const deployer = readFileSync(CFN_DEPLOYER, 'utf8');
    const passed = [...deployer.matchAll(/ParameterKey: "(\w+)"/g)].map((m) => m[1]).filter((key) => key !== 'SkillClientId' && key !== 'SkillClientSecret');
    expect(passed).toEqual(['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion']);
    expect(Object.keys(template.Parameters).sort()).toEqual([...passed].sort());
    expect(raw).not.toMatch(/SkillClient(Id|Secret)/);
  });

  it('refers only to its own parameters and resources, with attributes those resources have', () => {
    const names = new Set([...Object.keys(template.Parameters), ...Object.keys(resources)]);
    const attributes: Record<string, string[]> = {
      'AWS::DynamoDB::Table': ['Arn', 'StreamArn'],
      'AWS::IAM::Role': ['Arn', 'RoleId'],
      'AWS::Lambda::Function': ['Arn'],
      'AWS::Logs::LogGroup': ['Arn'],
    };
    const found = intrinsics(template);
    expect(found.length).toBeGreaterThan(10);
    for (const { fn, arg, at } of found) {
      if (fn === 'Ref') {
        expect([at, arg]).toEqual([at, expect.any(String)]);
        if (!String(arg).startsWith('AWS::')) expect([at, names.has(String(arg))]).toEqual([at, true]);
      } else if (fn === 'Fn::GetAtt') {
        const [name, attribute] = arg as [string, string];
        expect([at, attributes[resource(name).Type]?.includes(attribute)]).toEqual([at, true]);
      } else if (fn === 'Fn::Sub') {
        for (const [, variable] of String(arg).matchAll(/\$\{([^}!]+)\}/g)) {
          const [name] = variable!.split('.');
          expect([at, variable!.startsWith('AWS::') || names.has(name!)]).toEqual([at, true]);
        }
      } else {
        throw new Error(`${at}: ${fn} is not checked here`);
      }
    }
  });

  it('creates the users table on demand, with point-in-time recovery, keyed by the userId string, kept if the stack goes', () => {
    const table = resource('UsersTable');
    expect(table.Type).toBe('AWS::DynamoDB::Table');
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it('gives the function a role that may only get, put and delete items of that table, and write its own logs', () => {
    const roles = Object.values(resources).filter((r) => r.Type === 'AWS::IAM::Role');
    expect(roles).toHaveLength(1);
    const role = resource('SkillFunctionRole').Properties!;
    expect(role.ManagedPolicyArns).toBeUndefined();
    expect(role.AssumeRolePolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    const statements = (role.Policies as { PolicyDocument: { Statement: unknown[] } }[]).flatMap((p) => p.PolicyDocument.Statement);
    expect(statements).toEqual([
      { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'], Resource: getAtt('UsersTable', 'Arn') },
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: getAtt('SkillFunctionLogGroup', 'Arn') },
    ]);
    expect(resource('SkillFunction').Properties).toMatchObject({
      Role: getAtt('SkillFunctionRole', 'Arn'),
      LoggingConfig: { LogGroup: ref('SkillFunctionLogGroup') },
    });
  });

  it('runs the bundle on a supported Node.js, within Alexa’s 8 s, from the code ask-cli uploaded', () => {
    const fn = resource('SkillFunction').Properties!;
    expect(fn).toMatchObject({
      Code: { S3Bucket: ref('CodeBucket'), S3Key: ref('CodeKey'), S3ObjectVersion: ref('CodeVersion') },
      Handler: ref('LambdaHandler'),
      Runtime: ref('LambdaRuntime'),
    });
    for (const runtime of template.Parameters.LambdaRuntime!.AllowedValues!) expect(Number(/^nodejs(\d+)\.x$/.exec(runtime)?.[1])).toBeGreaterThanOrEqual(22);
    expect(fn.Timeout).toBeLessThanOrEqual(8);
    expect(fn.MemorySize).toBeGreaterThanOrEqual(256);
  });

  it('configures the function for the table and the skill id, as the Lambda host reads its environment', () => {
    const variables = (resource('SkillFunction').Properties!.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables).toMatchObject({ BACKCOACH_STORE: 'dynamodb', BACKCOACH_DYNAMODB_TABLE: ref('UsersTable'), ALEXA_SKILL_ID: ref('SkillId') });
    // What Lambda would hand the function, with the references resolved and the variables Lambda sets itself.
    const resolved = Object.fromEntries(
      Object.entries(variables).map(([name, value]) => [name, typeof value === 'string' ? value : `resolved-${(value as { Ref: string }).Ref}`]),
    );
    const config = readAlexaHostConfig({ ...resolved, AWS_REGION: 'us-east-1', AWS_LAMBDA_FUNCTION_NAME: 'backcoach' });
    expect(config.store).toEqual({ kind: 'dynamodb', table: 'resolved-UsersTable', region: 'us-east-1', endpoint: null, placeholderCredentials: false });
    expect(config.skillId).toBe('resolved-SkillId');
    expect(config.dataDirIsEphemeral).toBe(false);
  });

  it('lets only this skill invoke the function, and gives ask-cli the endpoint it sets on the skill', () => {
    const permissions = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::Permission');
    expect(permissions.map((p) => p.Properties)).toEqual([
      { Action: 'lambda:InvokeFunction', FunctionName: getAtt('SkillFunction', 'Arn'), Principal: 'alexa-appkit.amazon.com', EventSourceToken: ref('SkillId') },
    ]);
    expect(template.Outputs.SkillEndpoint?.Value).toEqual(getAtt('SkillFunction', 'Arn'));
  });
});

describe('the alarms', () => {
  const alarm = (name: string) => {
    const found = resource(name);
    expect(found.Type).toBe('AWS::CloudWatch::Alarm');
    return found.Properties!;
  };
  const notifies = { AlarmActions: [ref('AlarmTopic')], OKActions: [ref('AlarmTopic')], TreatMissingData: 'notBreaching' };

  it('go to one SNS topic whose ARN the stack gives out', () => {
    expect(resource('AlarmTopic').Type).toBe('AWS::SNS::Topic');
    expect(template.Outputs.AlarmTopicArn?.Value).toEqual(ref('AlarmTopic'));
    const alarms = Object.values(resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm');
    expect(alarms).toHaveLength(3);
    for (const { Properties } of alarms) expect(Properties).toMatchObject(notifies);
  });

  it.each([
    ['SkillFunctionErrorsAlarm', 'Errors'],
    ['SkillFunctionThrottlesAlarm', 'Throttles'],
  ])('%s fires on the first %s of the skill function in five minutes', (name, metric) => {
    expect(alarm(name)).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: metric,
      Dimensions: [{ Name: 'FunctionName', Value: ref('SkillFunction') }],
      Statistic: 'Sum',
      Period: 300,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('fires on the first throttled read or write of the users table in five minutes', () => {
    const properties = alarm('UsersTableThrottlesAlarm');
    const metrics = properties.Metrics as { Id: string; Expression?: string; ReturnData: boolean; MetricStat?: { Metric: Record<string, unknown>; Period: number; Stat: string } }[];
    expect(metrics.find((m) => m.ReturnData)?.Expression).toBe('reads + writes');
    const stats = metrics.filter((m) => m.MetricStat).map((m) => [m.Id, m.MetricStat]);
    expect(stats).toEqual(
      ['reads', 'writes'].map((id) => [
        id,
        {
          Metric: { Namespace: 'AWS/DynamoDB', MetricName: id === 'reads' ? 'ReadThrottleEvents' : 'WriteThrottleEvents', Dimensions: [{ Name: 'TableName', Value: ref('UsersTable') }] },
          Period: 300,
          Stat: 'Sum',
        },
      ]),
    );
    expect(properties).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });
});

describe('the deploy from a fresh clone', () => {
  it('ask-resources.json deploys lambda/dist with the template, on a runtime the template allows', () => {
    const profile = askResources.profiles.default!;
    expect(profile.code.default?.src).toBe('./lambda/dist');
    expect(profile.skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    const { templatePath, runtime, handler } = profile.skillInfrastructure.userConfig;
    expect(path.normalize(String(templatePath))).toBe(path.normalize(TEMPLATE_PATH));
    expect(existsSync(path.join(ROOT, String(templatePath)))).toBe(true);
    expect(template.Parameters.LambdaRuntime!.AllowedValues).toContain(runtime);
    expect(template.Parameters.LambdaHandler!.AllowedValues).toContain(handler);
  });

  it('npm run deploy is the script that checks, builds, fills in the deployer’s URLs and runs ask deploy (test/deploy/deployScript.test.ts)', () => {
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.deploy).toBe('tsx scripts/deploy.ts');
  });

  it('.gitignore keeps .ask/ask-states.json (the skill id and the stack) and ignores the rest of .ask/', () => {
    const ignored = (file: string): boolean => {
      try {
        execFileSync('git', ['check-ignore', '--no-index', '-q', file], { cwd: ROOT });
        return true;
      } catch {
        return false;
      }
    };
    expect(ignored('.ask/ask-states.json')).toBe(false);
    expect(ignored('.ask/lambda/build.zip')).toBe(true);
  });
});
