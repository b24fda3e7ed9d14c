/**
 * Masks personal numbers people type into questions: 身份证号 (18 or 15 digits), 手机号 and
 * 银行卡号 (16–19 digits). Lists, logs and statistics only ever show the masked text.
 */
const ID_CARD = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g;
const ID_CARD_OLD = /(?<!\d)(\d{6})\d{6}(\d{3})(?!\d)/g;
const BANK_CARD = /(?<!\d)(\d{4})\d{8,11}(\d{4})(?!\d)/g;
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

export function maskPersonalData(text: string): string {
  return text
    .replace(ID_CARD, (_, head: string, tail: string) => `${head}********${tail}`)
    .replace(BANK_CARD, (whole: string, head: string, tail: string) => `${head}${"*".repeat(whole.length - 8)}${tail}`)
    .replace(ID_CARD_OLD, (_, head: string, tail: string) => `${head}******${tail}`)
    .replace(MOBILE, (_, head: string, tail: string) => `${head}****${tail}`);
}
