import ts from 'typescript';

// Finds every place a source file could make a window with web contents, through the TypeScript
// AST rather than a text search: an alias (`import { BrowserWindow as W }`), a namespace
// (`electron.BrowserWindow`), a require, a subclass or the class handed on as a value all count;
// comments, strings, types and static members (BrowserWindow.getAllWindows()) do not.

/** Electron classes whose instances own web contents (a page with its own webPreferences). */
const WINDOW_CLASSES = new Set(['BrowserWindow', 'BaseWindow', 'BrowserView', 'WebContentsView']);
/** The one legal form: `new BrowserWindow(<options function>(…))`, in the window-options file. */
const OPTIONS_FUNCTIONS = new Set(['mainWindowOptions', 'mpAdminWindowOptions']);
export const WINDOW_FILE = 'electron/main/window.ts';

export interface WindowCreation {
  file: string;
  line: number;
  /** 'new' (a construction), 'extends' (a subclass) or 'value' (the class handed on as a value). */
  kind: 'new' | 'extends' | 'value';
  /** The code at that place, for the failure message. */
  text: string;
  /** True only for `new BrowserWindow(mainWindowOptions(…))`-style calls in WINDOW_FILE. */
  allowed: boolean;
}

const isRequireOfElectron = (node: ts.Node | undefined): boolean =>
  !!node &&
  ts.isCallExpression(node) &&
  ts.isIdentifier(node.expression) &&
  node.expression.text === 'require' &&
  node.arguments.length === 1 &&
  ts.isStringLiteral(node.arguments[0]!) &&
  node.arguments[0].text === 'electron';

/** Local names bound to a window class from 'electron' (imports, require destructuring) → the class. */
function localWindowNames(source: ts.SourceFile): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === 'electron') {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const spec of bindings.elements) {
          const imported = (spec.propertyName ?? spec.name).text;
          if (WINDOW_CLASSES.has(imported)) names.set(spec.name.text, imported);
        }
      }
    }
    if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && isRequireOfElectron(node.initializer)) {
      for (const element of node.name.elements) {
        const imported = element.propertyName ?? element.name;
        if (ts.isIdentifier(imported) && WINDOW_CLASSES.has(imported.text) && ts.isIdentifier(element.name)) names.set(element.name.text, imported.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Where a declaration names something, or a property name: not a use of the local binding. */
function isNotAUse(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    ts.isImportSpecifier(parent) ||
    ts.isImportClause(parent) ||
    ts.isNamespaceImport(parent) ||
    ts.isBindingElement(parent) ||
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node)
  );
}

/** Inside a type (annotation, `typeof`, generic argument), where a class name makes nothing. */
function inTypePosition(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isExpressionWithTypeArguments(at) && ts.isHeritageClause(at.parent)) return false;
    if (ts.isTypeNode(at)) return true;
    if (ts.isStatement(at) || ts.isExpression(at)) return false;
  }
  return false;
}

/** What a reference to a window class does where it stands; null when it makes nothing. */
function classify(reference: ts.Expression, className: string, file: string, source: ts.SourceFile): WindowCreation | null {
  let outer: ts.Node = reference;
  while (ts.isParenthesizedExpression(outer.parent) || ts.isAsExpression(outer.parent) || ts.isNonNullExpression(outer.parent)) outer = outer.parent;
  const parent = outer.parent;
  const at = (kind: WindowCreation['kind'], node: ts.Node, allowed = false): WindowCreation => ({
    file,
    line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
    kind,
    text: node.getText(source).split('\n')[0]!.slice(0, 120),
    allowed,
  });
  if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === outer) return null;
  if (ts.isNewExpression(parent) && parent.expression === outer) {
    const [options, ...rest] = parent.arguments ?? [];
    const fromOptionsFunction =
      !!options && rest.length === 0 && ts.isCallExpression(options) && ts.isIdentifier(options.expression) && OPTIONS_FUNCTIONS.has(options.expression.text);
    return at('new', parent, file === WINDOW_FILE && className === 'BrowserWindow' && fromOptionsFunction);
  }
  if (ts.isExpressionWithTypeArguments(parent) && ts.isHeritageClause(parent.parent) && parent.parent.token === ts.SyntaxKind.ExtendsKeyword) {
    return at('extends', parent.parent.parent);
  }
  return at('value', parent);
}

/** Every place in one file that makes, or could make, a window. `file` is repo-relative, with '/'. */
export function findWindowCreations(file: string, text: string): WindowCreation[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const names = localWindowNames(source);
  const found: WindowCreation[] = [];
  const visit = (node: ts.Node): void => {
    let reference: [ts.Expression, string] | null = null;
    if (ts.isIdentifier(node) && names.has(node.text) && !isNotAUse(node) && !inTypePosition(node)) reference = [node, names.get(node.text)!];
    // Any `x.BrowserWindow` / `x['BrowserWindow']`: a namespace import, require('electron'), a re-export.
    if (ts.isPropertyAccessExpression(node) && WINDOW_CLASSES.has(node.name.text) && !inTypePosition(node)) reference = [node, node.name.text];
    if (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression) && WINDOW_CLASSES.has(node.argumentExpression.text)) {
      reference = [node, node.argumentExpression.text];
    }
    const creation = reference && classify(reference[0], reference[1], file, source);
    if (creation) found.push(creation);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
