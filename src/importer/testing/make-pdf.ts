/**
 * Writes a small PDF with a real text layer for tests: a Type0 font with Identity-H encoding whose glyph ids
 * are the characters' code points, and a ToUnicode map back to them (no font file is embedded; text extraction
 * needs only the map). Paragraphs are wrapped at `charsPerLine`, as a PDF from a word processor would be.
 */
export function makePdf(paragraphs: string[], options: { charsPerLine?: number; linesPerPage?: number } = {}): Buffer {
  const width = options.charsPerLine ?? 36;
  const perPage = options.linesPerPage ?? 48;
  const lines = paragraphs.flatMap((p) => p.match(new RegExp(`.{1,${width}}`, "gu")) ?? []);
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  if (pages.length === 0) pages.push([]);
  const hex = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, "0")).join("");
  const codes = [...new Set([...lines.join("")])].map((c) => c.codePointAt(0)!.toString(16).padStart(4, "0"));
  const chunks: string[] = [];
  for (let i = 0; i < codes.length; i += 100) {
    const part = codes.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.map((c) => `<${c}> <${c}>`).join("\n")}\nendbfchar`);
  }
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Zhice def /CMapType 2 def
1 begincodespacerange <0000> <FFFF> endcodespacerange
${chunks.join("\n")}
endcmap CMapName currentdict /CMap defineresource pop end end`;

  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const stream = (content: string) => `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`;
  add("<< /Type /Catalog /Pages 2 0 R >>");
  const pageIds = pages.map((_, i) => 7 + i * 2);
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`);
  add("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>");
  add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 >>");
  add(stream(cmap));
  add("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>");
  for (const page of pages) {
    const content = page.map((line, i) => `BT /F1 12 Tf 1 0 0 1 60 ${790 - i * 15} Tm <${hex(line)}> Tj ET`).join("\n");
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length + 2} 0 R >>`);
    add(stream(content));
  }
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(pdf);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}
