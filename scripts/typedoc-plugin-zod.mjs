// @ts-check
/**
 * A TypeDoc plugin for khabar's zod schema constants. TypeDoc would print the full inferred zod type of
 * `ArticleSchema` and its siblings (hundreds of nested type arguments down to every enum member) and,
 * with `validation.notDocumented`, warn about each nested member. Each schema's fields are documented
 * once, on the interface inferred from it (`Article` for `ArticleSchema`), so the constant is shown by its
 * zod class alone (`ZodObject`, `ZodEnum` …) and the nested reflections are dropped.
 */
import { Converter, ReflectionKind } from "typedoc";

/**
 * Removes every reflection declared inside a type (type literals in type arguments).
 * @param {import("typedoc").ProjectReflection} project
 * @param {import("typedoc").SomeType | undefined} type
 */
function removeNested(project, type) {
  if (!type) return;
  type.visit({
    reflection: (t) => project.removeReflection(t.declaration),
    reference: (t) => {
      for (const arg of t.typeArguments ?? []) removeNested(project, arg);
    },
    union: (t) => {
      for (const part of t.types) removeNested(project, part);
    },
    intersection: (t) => {
      for (const part of t.types) removeNested(project, part);
    },
    array: (t) => removeNested(project, t.elementType),
    tuple: (t) => {
      for (const part of t.elements) removeNested(project, part);
    },
  });
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const reflection of project.getReflectionsByKind(ReflectionKind.Variable)) {
      const variable = /** @type {import("typedoc").DeclarationReflection} */ (reflection);
      const type = variable.type;
      if (type?.type !== "reference" || type.package !== "zod") continue;
      removeNested(project, type);
      type.typeArguments = undefined;
    }
  });
}
