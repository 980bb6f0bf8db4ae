// The names a parsed ICU message expects, from intl-messageformat's AST (getAst()). Elements of
// type 1–6 (argument, number, date, time, select, plural) name an argument in `value`; selects,
// plurals and tags hold nested messages.

interface AstElement {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstElement[] }>;
  children?: AstElement[];
}

const NAMED_TYPES = new Set([1, 2, 3, 4, 5, 6]);

export function messageArguments(ast: readonly unknown[]): Set<string> {
  const names = new Set<string>();
  const walk = (elements: readonly AstElement[]) => {
    for (const element of elements) {
      if (NAMED_TYPES.has(element.type) && typeof element.value === 'string') names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(ast as AstElement[]);
  return names;
}
