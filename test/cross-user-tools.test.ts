// Isolation between users through the MCP tools: mallory calls every tool (TOOL_TABLE,
// test/support/cross-user.ts) with alice's user id, her tasks, sections and lists, and is refused
// the way a user, task or list nobody has is, with nothing of alice's in any answer. Afterwards
// alice's data is byte-for-byte what it was.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliceWorld, MISSING, TOOL_TABLE, type World } from './support/cross-user.js';

let w: World;
beforeAll(async () => {
  w = await aliceWorld();
});
afterAll(async () => {
  await w?.close();
});

describe("every MCP tool as mallory with alice's ids or user id: refused, nothing leaks", () => {
  const call = async (name: string, args: Record<string, unknown>) =>
    (await w.mcp.callTool({ name, arguments: args })) as CallToolResult;
  const text = (result: CallToolResult) => (result.content[0] as { text: string }).text;

  it.each(Object.entries(TOOL_TABLE))('%s', async (name, entry) => {
    const taskIds = entry.task ? [...w.aliceTasks.map((t) => t.id), MISSING] : [undefined];
    const base = entry.section ? { ...entry.args, section_id: w.aliceSection.id } : entry.args;
    const withTask = (id: number | undefined) => (id === undefined ? base : { ...base, task_id: id });
    for (const id of taskIds) {
      // Alice's user id is refused, the same way as a user that does not exist.
      const nobodys = await call(name, { ...withTask(id), user_id: 'nobody-at-all' });
      expect(nobodys.isError).toBe(true);
      for (const user of ['alice', w.aliceAccount.id]) {
        const res = await call(name, { ...withTask(id), user_id: user });
        expect(res.isError, `${name} as ${user}`).toBe(true);
        expect(text(res)).toMatch(/user_id must be your own id \(mallory\)/);
        expect(res).toEqual(nobodys);
        w.expectNoLeak(res);
      }
    }
    if (entry.task) {
      for (const user of ['me', 'mallory']) {
        const missing = await call(name, { ...withTask(MISSING), user_id: user });
        expect(missing.isError).toBe(true);
        expect(text(missing)).toMatch(/not found/);
        for (const task of w.aliceTasks) {
          const res = await call(name, { ...withTask(task.id), user_id: user });
          expect(res.isError, `${name} on task ${task.id}`).toBe(true);
          w.expectNoLeak(res);
          expect(text(res).replaceAll(String(task.id), '{id}')).toBe(
            text(missing).replaceAll(String(MISSING), '{id}'),
          );
        }
      }
    }
    if (entry.section) {
      for (const user of ['me', 'mallory']) {
        const missing = await call(name, { ...entry.args, section_id: MISSING, user_id: user });
        expect(missing.isError).toBe(true);
        expect(text(missing)).toMatch(/not found/);
        const res = await call(name, { ...entry.args, section_id: w.aliceSection.id, user_id: user });
        expect(res.isError, `${name} on section ${w.aliceSection.id}`).toBe(true);
        w.expectNoLeak(res);
        expect(text(res).replaceAll(String(w.aliceSection.id), '{id}')).toBe(
          text(missing).replaceAll(String(MISSING), '{id}'),
        );
      }
    }
    if (entry.list) {
      // Alice's list by name (even as she spells it): the refusal a name nobody has gets, with
      // nothing of hers but the name mallory said herself.
      const { task_id: _, ...args } = { ...entry.args, task_id: undefined };
      for (const user of ['me', 'mallory']) {
        const nobodys = await call(name, { ...args, user_id: user, list: 'Nobody Has This List' });
        expect(nobodys.isError).toBe(true);
        for (const list of w.aliceLists.flatMap((l) => [l.name, l.name.toUpperCase()])) {
          const res = await call(name, { ...args, user_id: user, list });
          expect(res.isError, `${name} on ${list}`).toBe(true);
          const said = text(res).replaceAll(list, '{list}');
          expect(said).toBe(text(nobodys).replaceAll('Nobody Has This List', '{list}'));
          w.expectNoLeak({ text: said });
        }
      }
    }
    if (entry.own === 'read') {
      for (const user of ['me', 'mallory']) {
        const res = await call(name, { ...entry.args, user_id: user });
        expect(res.isError, text(res)).toBeFalsy();
        w.expectNoLeak(res);
      }
    }
    if (entry.parent) {
      // Alice's tasks as the parent: the same empty answer as a parent nobody has.
      const none = await call(name, { user_id: 'me', parent_id: MISSING });
      expect(none.isError, text(none)).toBeFalsy();
      expect(none.structuredContent).toMatchObject({ tasks: [], count: 0 });
      for (const task of w.aliceTasks) {
        const res = await call(name, { user_id: 'me', parent_id: task.id });
        w.expectNoLeak(res);
        expect(res).toEqual(none);
      }
    }
  });
});

describe('afterwards', () => {
  it("alice's tasks and whole state are what they were, and mallory has no task", async () => {
    await w.expectNothingChanged();
  });
});
