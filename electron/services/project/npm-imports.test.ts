import { describe, expect, it } from 'vitest';
import { componentPaths, packageNameOf, scriptModuleUses } from './npm-imports';

const specifiers = (code: string) => scriptModuleUses(code).map((use) => use.specifier);

describe('scriptModuleUses', () => {
  it('finds require, ES imports, re-exports and dynamic imports', () => {
    const code = [
      "const dayjs = require('dayjs');",
      'const utc = require("dayjs/plugin/utc")',
      "import { debounce } from 'lodash-es';",
      "import Big, {\n  RoundingMode,\n} from 'big.js'",
      "import * as qs from 'qs';",
      "import 'core-js/es/promise';",
      "export { v4 } from 'uuid';",
      "export * from '@shop/price';",
      "const later = () => import('mitt');",
      'const tpl = require(`template-pkg`);',
    ].join('\n');
    expect(specifiers(code)).toEqual([
      'dayjs',
      'dayjs/plugin/utc',
      'lodash-es',
      'big.js',
      'qs',
      'core-js/es/promise',
      'uuid',
      '@shop/price',
      'mitt',
      'template-pkg',
    ]);
  });

  it('ignores comments, type-only imports, member calls and names built at run time', () => {
    const code = [
      "// const old = require('moment');",
      "/* import x from 'left-pad'; */",
      "const re = /\\/\\/ not a comment/; const s = '/*'; // require('also-commented')",
      "import type { Dayjs } from 'dayjs';",
      "export type { Options } from 'qs';",
      "wx.require('not-a-module');",
      '__webpack_require__(12);',
      "const name = 'dynamic'; require(name);",
      "require('prefix-' + name);",
      'const imports = 3; const important = imports;',
    ].join('\n');
    expect(specifiers(code)).toEqual([]);
  });

  it('is not fooled by comment marks inside strings and regex literals', () => {
    const code = "const s = '/* not a comment';\nconst re = /\\/\\//;\nconst dayjs = require('dayjs'); // */\nconst url = 'https://x.example/' + require('mitt');";
    expect(specifiers(code)).toEqual(['dayjs', 'mitt']);
  });

  it('gives the offset of each use, for its line', () => {
    const code = "\n\nconst a = require('a');";
    expect(scriptModuleUses(code)).toEqual([{ specifier: 'a', offset: code.indexOf('require') }]);
  });
});

describe('packageNameOf', () => {
  it('takes the package out of a deep path, scoped or not', () => {
    expect(packageNameOf('dayjs')).toBe('dayjs');
    expect(packageNameOf('dayjs/plugin/utc')).toBe('dayjs');
    expect(packageNameOf('@vant/weapp/button/index')).toBe('@vant/weapp');
    expect(packageNameOf('@vant/weapp')).toBe('@vant/weapp');
  });

  it('is null for paths, schemes and what cannot be a package name', () => {
    for (const spec of ['./util', '../utils/util', '.', '..', '/components/card/card', 'plugin://myPlugin/comp', 'plugin-private://wx123/comp', 'node:fs', 'https://cdn.example.com/x.js', '@scope', '@scope/', '', ' ', 'has space', '{{dynamic}}']) {
      expect(packageNameOf(spec), spec).toBeNull();
    }
  });
});

describe('componentPaths', () => {
  it('reads usingComponents and componentGenerics defaults, nothing else', () => {
    const json = {
      navigationBarTitleText: 'dayjs',
      usingComponents: { 'van-button': '@vant/weapp/button/index', card: '/components/card/card', odd: 42 },
      componentGenerics: { selectable: { default: 'components/default/default' }, other: true },
    };
    expect(componentPaths(json)).toEqual(['@vant/weapp/button/index', '/components/card/card', 'components/default/default']);
    expect(componentPaths(null)).toEqual([]);
    expect(componentPaths({ usingComponents: ['x'] })).toEqual([]);
  });
});
