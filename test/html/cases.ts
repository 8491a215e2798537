/**
 * Small HTML snippets and the text a browser's `innerText` gives for each, worked out by hand from the
 * rendered-text rules of the HTML standard. `text.test.ts` checks htmlToText against them; the Chromium
 * test checks that the browser agrees with them too.
 */
export const TEXT_CASES: readonly (readonly [name: string, html: string, text: string])[] = [
  [
    "a link inside a sentence stays on its line",
    '<p>قال <a href="/x">الوزير</a> إن الاجتماع</p>',
    "قال الوزير إن الاجتماع",
  ],
  ["<br> breaks the line", "<div>السطر الأول<br>السطر الثاني</div>", "السطر الأول\nالسطر الثاني"],
  ["a paragraph is set off by blank lines", "<p>أ</p><p>ب</p>", "أ\n\nب"],
  ["nested blocks break once", "<div><div>أ</div>ب<div><div>ج</div></div></div>", "أ\nب\nج"],
  ["white space collapses and is trimmed at line ends", "<div>  أ \n\t ب  </div>", "أ ب"],
  ["CRLF inside text is white space", "<div>أ\r\nب</div>", "أ ب"],
  ["one space across inline boundaries", "<div>أ <b> ب</b> <i> </i>ج</div>", "أ ب ج"],
  [
    "script, style, noscript and template are skipped",
    '<div>أ<script>var s = "</div>ب";</script><style>.c{}</style><noscript>ج</noscript><template>د</template>هـ</div>',
    "أهـ",
  ],
  [
    "hidden, display:none and visibility:hidden are skipped",
    '<div>أ<span hidden>ب</span><span style="color:red; display: none !important">ج</span><span style="visibility:hidden">د</span></div>',
    "أ",
  ],
  [
    "a visible child of an invisible element shows",
    '<div style="visibility:hidden">أ<span style="visibility:visible">ب</span></div>',
    "ب",
  ],
  ["an inline display:block overrides hidden", '<div hidden style="display:block">أ</div>', "أ"],
  ["an inline display:block breaks lines", '<span style="display:block">أ</span>ب', "أ\nب"],
  [
    "named and numeric entities decode",
    "<p>&quot;نص&quot; &amp; &laquo;قول&raquo; &#1575;&#x644;</p>",
    '"نص" & «قول» ال',
  ],
  ["&nbsp; stays U+00A0 and does not collapse", "<p>أ&nbsp;&nbsp;ب</p>", "أ\u00a0\u00a0ب"],
  [
    "table cells are joined by tabs, rows by line feeds",
    "<table><tr><td>أ</td><td> ب </td></tr><tr><td>ج</td></tr></table>",
    "أ\tب\nج",
  ],
  ["a closed <details> shows its summary only", "<details><summary>سؤال</summary>جواب</details>", "سؤال"],
  [
    "an open <details> shows everything",
    "<details open><summary>سؤال</summary><p>جواب</p></details>",
    "سؤال\n\nجواب",
  ],
  ["<pre> keeps white space, less its first line feed", "<pre>\nأ  ب\n ج</pre>", "أ  ب\n ج"],
  [
    "SVG text shows on a line of its own (as in Chromium), SVG titles do not",
    "<p>أ<svg><title>أيقونة</title><text>ب<tspan>ج</tspan></text></svg>د</p>",
    "أ\nبج\nد",
  ],
  ["list items are lines", "<ul><li>أ</li><li>ب</li></ul>", "أ\nب"],
  ["an unclosed <p> is closed by the next", "<p>أ<p>ب", "أ\n\nب"],
  ["comments are skipped", "<p>أ<!-- ب -->ج</p>", "أج"],
  ["a textarea's text is not rendered text", "<div>أ<textarea>ب</textarea></div>", "أ"],
  ["options of a select are lines", "<select><option>أ</option><option>ب</option></select>", "أ\nب"],
  ["a button's inner white space is dropped", "<p>أ <button> ب </button> ج</p>", "أ ب ج"],
  ["images give no text", '<p>أ<img alt="صورة">ب</p>', "أب"],
  ["<pre-line> white-space keeps line feeds", '<div style="white-space: pre-line">أ   ب\nج</div>', "أ ب\nج"],
  ["a closed <dialog> is hidden", "<div>أ</div><dialog>ب</dialog>", "أ"],
  ["a stray end tag is ignored", "<div>أ</span></div></div><div>ب</div>", "أ\nب"],
  ["leading and trailing breaks are dropped", "<div><div></div><p>أ</p></div>", "أ"],
];
