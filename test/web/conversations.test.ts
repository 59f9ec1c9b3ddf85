import { CONVERSATION_ID, Conversations, userIdFor } from '../../src/web/conversations';

describe('browser conversations', () => {
  it('keeps one session per conversation, for the user the id names', () => {
    const conversations = new Conversations('amzn1.ask.skill.test');
    const session = conversations.session('abc-1');
    expect(conversations.session('abc-1')).toBe(session);
    const envelope = session.launch();
    expect(envelope.context.System.user.userId).toBe('amzn1.ask.account.web-abc-1');
    expect(envelope.context.System.application.applicationId).toBe('amzn1.ask.skill.test');
    expect(envelope.session?.new).toBe(true);
    expect(userIdFor('abc-1')).toBe('amzn1.ask.account.web-abc-1');
  });

  it('forgets the least recently used beyond the cap, and idle ones after the idle time', () => {
    let now = 0;
    const conversations = new Conversations(undefined, { maxConversations: 2, idleMs: 1000 }, () => now);
    const a = conversations.session('a');
    conversations.session('b');
    expect(conversations.session('a')).toBe(a);
    conversations.session('c');
    expect(conversations.size).toBe(2);
    expect(conversations.session('a')).toBe(a);
    now = 999;
    expect(conversations.session('a')).toBe(a);
    now = 2500;
    expect(conversations.session('a')).not.toBe(a);
    expect(conversations.size).toBe(1);
  });

  it('accepts the ids a browser makes and nothing that could name something else', () => {
    expect(CONVERSATION_ID.test('0b5c8a3e-5f0c-4a8f-9b7a-2c7d8f1e6a90')).toBe(true);
    expect(CONVERSATION_ID.test('0123456789abcdef0123456789abcdef')).toBe(true);
    for (const bad of ['', 'a b', 'a.b', 'a/b', '../x', 'x'.repeat(65), 'é']) expect(CONVERSATION_ID.test(bad)).toBe(false);
  });
});
