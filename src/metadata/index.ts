export { type DateFindings, findArticleDates, findDatesIn } from "./dates.js";
export { type PageStructure, readPageStructure } from "./structure.js";
