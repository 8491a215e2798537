// Teaching khabar a news outlet and an agency it does not know, without forking its word lists.
// Run: node examples/extend-lexicon.mjs
import { extendLexicon, parseArticle } from "khabar";

const NEW_AGENCY = "وكالة أنباء الواحة";
const NEW_OUTLET = "نبض الخليج";

const pages = {
  agency: [
    "اجتماع لبحث تطوير النقل العام",
    "",
    `الدوحة - ${NEW_AGENCY}`,
    "",
    "عقدت هيئة النقل اجتماعا موسعا.",
  ],
  outlet: [
    "افتتاح معرض للكتاب في المدينة",
    "",
    `${NEW_OUTLET} - الكويت`,
    "",
    "افتتح المعرض أبوابه للزوار صباح اليوم.",
  ],
};
// Lists given in `lexicon` are appended to the built-in list of the same name (see docs/lexicon.md).
const lexicon = { page: { agencies: [NEW_AGENCY, NEW_OUTLET] } };

for (const [name, lines] of Object.entries(pages)) {
  const text = lines.join("\n");
  const before = parseArticle(text).dateline;
  const after = parseArticle(text, { lexicon }).dateline;
  console.log(`${name} without extension:`, JSON.stringify(before));
  console.log(`${name} with extension:`, JSON.stringify(after));
}

// The same extension as a reusable lexicon object; the built-in lists stay as they were.
const extended = extendLexicon(lexicon);
console.log(
  "extended agencies include the new ones:",
  [NEW_AGENCY, NEW_OUTLET].every((a) => extended.page.agencies.includes(a)),
);

// Unknown list names are a programming error, reported with the name.
try {
  parseArticle("نص", { lexicon: { page: { agencys: ["x"] } } });
} catch (error) {
  console.log("misspelt list:", `${error.name}: ${error.message}`);
}
