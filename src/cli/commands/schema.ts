/** `khabar schema`: the JSON Schema of the Article, generated from the zod schema that defines it. */
import * as z from "zod";
import { ArticleSchema } from "../../schema.js";

/** The Article JSON Schema as printed by `khabar schema` and shipped as `dist/article.schema.json`. */
export function articleJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(ArticleSchema), null, 2)}\n`;
}
