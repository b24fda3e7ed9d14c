/**
 * The furniture government sites print around a document, inside the same element as its text: print and close
 * buttons, share bars, font-size pickers, view counters, editor credits, previous/next links, the site's footer.
 * Left in, it becomes part of the last article (本条例自…起施行。【打印本页】【关闭窗口】) or of the front matter.
 * Only a whole line of such furniture is dropped: a line that also says something else is kept.
 */
const CHROME_LINES: readonly RegExp[] = [
  // Buttons, alone or several on a line: 【打印本页】【关闭窗口】, [ 打印 ] [ 关闭 ], 打印 | 关闭 | 收藏
  /^(?:[【[［(（]?\s*(?:打印(?:本页|此页|正文)?|关闭(?:本页|窗口)?|收藏(?:本页)?|返回(?:顶部|首页|列表)?|保存(?:本页)?|纠错|下载)\s*[】\]］)）]?[\s|｜/、]*)+$/,
  /^(?:分享到|分享至|转发到)[:：]?.{0,30}$/,
  /^扫一扫.{0,20}$/,
  /^(?:【\s*)?字(?:号|体)[:：]?\s*[【[［]?\s*大\s*[】\]］]?\s*[【[［]?\s*中\s*[】\]］]?\s*[【[［]?\s*小\s*[】\]］]?\s*(?:】)?$/,
  /^(?:浏览|阅读|访问|点击)(?:次数|量)?[:：]\s*\d+\s*(?:次)?$/,
  /^(?:责任编辑|编辑|校对|审核)[:：].{0,20}$/,
  /^(?:上一篇|下一篇|上一条|下一条)[:：].{0,80}$/,
  /^(?:相关链接|相关文章|相关阅读|相关新闻)[:：]?$/,
  /^(?:主办单位|承办单位|版权所有|网站标识码|技术支持)[:：].{0,60}$/,
  /^.{0,30}(?:ICP备|公网安备)\s*\d+号(?:-\d+)?.{0,10}$/,
];

/** Whether a whole line is a site's page furniture, not the document's text. */
export function isPageChrome(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 90 && CHROME_LINES.some((pattern) => pattern.test(text));
}
