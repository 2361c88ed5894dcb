import { readFile } from 'node:fs/promises';
import { splitModule } from './split-module.mjs';

/**
 * Serves the named packages, each shipped as one flat ES module, split into a module per
 * declaration (split-module.mjs), so each page's chunks carry only the library functions its
 * own code reaches. Without it, every valibot function any page uses sits in one chunk that
 * every page with stored work loads (3.3 KB gzipped, of which a guide's quiz uses about half).
 * A package that cannot be split is served whole, with a warning.
 * @param {string[]} packages bare specifiers, e.g. ['valibot']
 * @returns {import('vite').Plugin}
 */
export function splitFlatModules(packages) {
  const PREFIX = '\0split/';
  /** package → Promise of its parts and facade */
  const cache = new Map();
  const partId = (pkg, index) => `${PREFIX}${pkg}/${pkg.split("/").pop()}-${index}.js`;
  const facadeId = (pkg) => `${PREFIX}${pkg}/index.js`;

  return {
    name: 'split-flat-modules',
    enforce: 'pre',
    apply: 'build',
    async resolveId(source, importer, options) {
      if (source.startsWith(PREFIX)) return source;
      if (!packages.includes(source) || importer?.startsWith(PREFIX)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      if (!cache.has(source)) {
        cache.set(source, readFile(resolved.id, 'utf8').then((code) => {
          const split = splitModule(code, this.parse(code), (index) => partId(source, index));
          if (!split) this.warn(`${source} is not a flat module of declarations: served whole`);
          return split && { ...split, file: resolved.id };
        }));
      }
      return (await cache.get(source)) ? facadeId(source) : resolved;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [, pkg, part] = id.slice(PREFIX.length).match(/^(.+)\/(?:index|[^/]+-(\d+))\.js$/) ?? [];
      const split = await cache.get(pkg);
      if (!split) return null;
      const code = part === undefined ? split.facade : split.parts[Number(part)];
      return { code, moduleSideEffects: false };
    },
  };
}
