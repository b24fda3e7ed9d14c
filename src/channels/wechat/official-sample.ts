// Test vectors from WeChat's own WXBizMsgCrypt sample code (not used at run time).

/**
 * Sample.py of the official-account encryption SDK (Tencent, 2014): a text message encrypted by
 * WeChat with EncodingAESKey "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", and its msg_signature.
 */
export const OFFICIAL_SAMPLE = {
  token: "spamtest",
  aesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
  appId: "wx2c2769f8efd9abc2",
  timestamp: "1409735669",
  nonce: "1320562132",
  msgSignature: "5d197aaffba7e9b25a30732f161a50dee96bd5fa",
  encrypt:
    "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=",
  /** What it decrypts to: a text message "abcdteT" with MsgId 6054768590064713728. */
  content: "abcdteT",
  msgId: "6054768590064713728",
  fromUser: "oyORnuP8q7ou2gfYjqLzSIWZf0rs",
  toUser: "gh_10f6c3c3ac5a",
} as const;

/**
 * WXBizMsgCryptTest.java of the same SDK: a fixed 16-byte random prefix, so the ciphertext is
 * fully determined by key, prefix, message and AppId.
 */
export const OFFICIAL_FIXED_VECTOR = {
  aesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
  appId: "wxb11529c136998cb6",
  random: "aaaabbbbccccdddd",
  message: "我是中文abcd123",
  encrypted: "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==",
} as const;
