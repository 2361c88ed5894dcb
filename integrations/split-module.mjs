/**
 * Splits a flat ES module (a library bundled into one file, as valibot ships) into one module
 * per top-level declaration group, and a facade that re-exports the original's exports from
 * them. A bundler places a whole module in one chunk, so a library shipped as one file puts
 * every function any page uses into one chunk every page loads; split, each page's chunks hold
 * only the functions its own code reaches.
 *
 * The parts keep ES semantics: a declaration is grouped with every statement that assigns to it
 * (an imported binding cannot be assigned), and a statement that is not a function declaration
 * (a `const` with an initializer, a class) with every top-level name it mentions, so nothing is
 * read across modules before it is initialised. Anything else at the top level (an import, an
 * expression run for its side effects, a destructuring declaration) is not split: the function
 * returns null and the module is used whole.
 */

const SKIP_KEYS = new Set(['type', 'start', 'end', 'range', 'loc']);

/** Calls `visit(node, parent, key)` for every AST node below `node`. */
function walk(node, visit, parent = null, key = null) {
  visit(node, parent, key);
  for (const [k, value] of Object.entries(node)) {
    if (SKIP_KEYS.has(k) || !value || typeof value !== 'object') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child.type === 'string') walk(child, visit, node, k);
    }
  }
}

/** An identifier that names a binding (not a property name or a label). */
function isReference(parent, key) {
  if (!parent) return true;
  if ((parent.type === 'MemberExpression' || parent.type === 'StaticMemberExpression') && key === 'property') return parent.computed;
  if ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && key === 'key') return parent.computed;
  if (parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' || parent.type === 'ContinueStatement') return false;
  if (parent.type === 'ExportSpecifier' || parent.type === 'ImportSpecifier') return false;
  return true;
}

/** The names a top-level statement declares, or null when it is not a plain declaration. */
function declaredNames(statement) {
  if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') return statement.id ? [statement.id.name] : null;
  if (statement.type === 'VariableDeclaration') {
    const names = statement.declarations.map((d) => (d.id.type === 'Identifier' ? d.id.name : null));
    return names.includes(null) ? null : names;
  }
  return null;
}

/**
 * @param {string} code the module's source
 * @param {{ body: any[] }} ast its ESTree program (start/end offsets into `code`)
 * @param {(index: number) => string} partId the id a part is imported by
 * @returns {{ facade: string, parts: string[] } | null} null when the module cannot be split
 */
export function splitModule(code, ast, partId) {
  const statements = [];
  /** exported name → local name */
  const exported = new Map();
  for (const statement of ast.body) {
    if (statement.type === 'ExportNamedDeclaration' && !statement.declaration && !statement.source) {
      for (const spec of statement.specifiers) {
        const name = (node) => (node.type === 'Identifier' ? node.name : node.value);
        exported.set(name(spec.exported), name(spec.local));
      }
      continue;
    }
    const names = declaredNames(statement);
    if (!names) return null;
    statements.push({ statement, names, refs: new Set(), assigns: new Set() });
  }

  const owner = new Map();
  statements.forEach((s, i) => s.names.forEach((name) => owner.set(name, i)));
  for (const s of statements) {
    walk(s.statement, (node, parent, key) => {
      if (node.type === 'Identifier' && owner.has(node.name) && isReference(parent, key)) s.refs.add(node.name);
      const target = node.type === 'AssignmentExpression' ? node.left : node.type === 'UpdateExpression' ? node.argument : null;
      if (target?.type === 'Identifier' && owner.has(target.name)) s.assigns.add(target.name);
    });
  }

  // Union-find over statements: a binding with whatever assigns it; a non-function with what it reads.
  const root = statements.map((_, i) => i);
  const find = (i) => (root[i] === i ? i : (root[i] = find(root[i])));
  const union = (a, b) => (root[find(a)] = find(b));
  statements.forEach((s, i) => {
    for (const name of s.assigns) union(i, owner.get(name));
    if (s.statement.type !== 'FunctionDeclaration') for (const name of s.refs) union(i, owner.get(name));
  });

  const groupOf = new Map();
  const groups = [];
  statements.forEach((s, i) => {
    const r = find(i);
    if (!groupOf.has(r)) groupOf.set(r, groups.push([]) - 1);
    groups[groupOf.get(r)].push(s);
  });
  const partOf = (name) => groupOf.get(find(owner.get(name)));

  const parts = groups.map((members) => {
    const own = new Set(members.flatMap((s) => s.names));
    const imports = new Map();
    for (const s of members) {
      for (const name of s.refs) {
        if (own.has(name)) continue;
        const from = partOf(name);
        if (!imports.has(from)) imports.set(from, new Set());
        imports.get(from).add(name);
      }
    }
    const lines = [...imports].map(([from, names]) => `import { ${[...names].join(', ')} } from ${JSON.stringify(partId(from))};`);
    for (const s of members) lines.push(code.slice(s.statement.start, s.statement.end));
    lines.push(`export { ${[...own].join(', ')} };`);
    return lines.join('\n');
  });

  if ([...exported.values()].some((local) => !owner.has(local))) return null;
  const facade = [...exported]
    .map(([name, local]) => `export { ${local === name ? name : `${local} as ${name}`} } from ${JSON.stringify(partId(partOf(local)))};`)
    .join('\n');
  return { facade, parts };
}
