import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readStoredContext } from "./stored-context.js";

/** The schema the logged context was read with before: readStoredContext must read exactly what it read. */
const storedContext = z.object({
  frame: z.object({
    aspect: z.string().nullable(),
    aspectSpan: z.string().nullable(),
    entities: z.array(z.object({ id: z.string(), kind: z.string(), span: z.string(), start: z.number(), audience: z.boolean().default(false) })),
    expects: z.string().nullable().default(null),
  }),
  about: z.string().nullable().optional(),
  docId: z.string().nullable().optional(),
  section: z.string().nullable().optional(),
  suggestions: z.array(z.string()).default([]),
  answerObjects: z.array(z.string()).default([]),
});

/** A value that is sometimes missing, sometimes of the wrong type, mostly right. */
const field = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 40, arbitrary: right }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(null, 3, "x", true, [], {}) });
const text = fc.constantFrom("社保", "医保", "多少钱", "");
const entity = fc.record(
  { id: field(text), kind: field(text), span: field(text), start: field(fc.integer({ min: 0, max: 20 })), audience: field(fc.boolean()), extra: field(text) },
  { requiredKeys: [] },
);
const frame = fc.record(
  { aspect: field(fc.option(text)), aspectSpan: field(fc.option(text)), entities: field(fc.array(field(entity), { maxLength: 3 })), expects: field(fc.option(text)), extra: field(text) },
  { requiredKeys: [] },
);
const context = fc.record(
  { frame: field(frame), about: field(fc.option(text)), docId: field(fc.option(text)), suggestions: field(fc.array(field(text), { maxLength: 3 })), answerObjects: field(fc.array(field(text), { maxLength: 3 })), extra: field(text) },
  { requiredKeys: [] },
);

describe("readStoredContext", () => {
  it("reads what the zod schema read, field for field and in the same order, and refuses what it refused", () => {
    fc.assert(
      fc.property(field(context), (value) => {
        const parsed = storedContext.safeParse(value);
        const read = readStoredContext(value);
        expect(read === null).toBe(!parsed.success);
        if (parsed.success) expect(JSON.stringify(read)).toBe(JSON.stringify(parsed.data));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a logged turn's context with defaults for what older turns lack", () => {
    const logged = { frame: { aspect: "cost", aspectSpan: "多少钱", entities: [{ id: "医保", kind: "object", span: "医保", start: 0 }] }, docId: "d1" };
    expect(readStoredContext(logged)).toEqual({
      frame: { aspect: "cost", aspectSpan: "多少钱", entities: [{ id: "医保", kind: "object", span: "医保", start: 0, audience: false }], expects: null },
      docId: "d1",
      suggestions: [],
      answerObjects: [],
    });
    // The first cited section's heading (logged for the gap report) is what a follow-up's 这期间 continues.
    expect(readStoredContext({ ...logged, sections: [{ docId: "d1", title: "t", section: "竞业限制最长多久" }] })?.section).toBe("竞业限制最长多久");
    expect(readStoredContext({ ...logged, sections: [{ docId: "d1" }] })?.section).toBeUndefined();
    // A quoted basis article is cited first: the answering section, logged apart, is the one continued.
    const quoted = { ...logged, section: "竞业限制最长多久", sections: [{ docId: "law", title: "劳动合同法", section: "第二十三条" }, { docId: "d1", title: "t", section: "竞业限制最长多久" }] };
    expect(readStoredContext(quoted)?.section).toBe("竞业限制最长多久");
    expect(readStoredContext(undefined)).toBeNull();
    expect(readStoredContext({ docId: "d1" })).toBeNull(); // no frame: logged before frames existed
  });
});
