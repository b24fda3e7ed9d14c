import { Document, Packer, Paragraph, TextRun } from "docx";

/** A Word document with one paragraph per line, as an office would save a regulation. */
export function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
  return Packer.toBuffer(doc);
}
