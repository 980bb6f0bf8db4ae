import { describe, expect, it } from 'vitest';
import { droppedPath, pathFromFileUrl } from './drop-paths';

const noFiles = (uriList: string) => ({ files: [], getData: (type: string) => (type === 'text/uri-list' ? uriList : '') });

describe('pathFromFileUrl', () => {
  it('decodes a Linux file URL with spaces and Chinese', () => {
    expect(pathFromFileUrl('file:///home/ops/%E5%B0%8F%E5%BA%97%20app')).toBe('/home/ops/小店 app');
  });
  it('drops the slash before a Windows drive letter', () => {
    expect(pathFromFileUrl('file:///C:/Users/ops/shop')).toBe('C:/Users/ops/shop');
  });
  it('keeps the host of a network share', () => {
    expect(pathFromFileUrl('file://server/share/shop')).toBe('//server/share/shop');
  });
  it('refuses anything that is not a file URL', () => {
    expect(pathFromFileUrl('https://mp.weixin.qq.com/')).toBeNull();
    expect(pathFromFileUrl('not a url')).toBeNull();
  });
});

describe('droppedPath', () => {
  it('prefers the path Electron gives for a dropped File', () => {
    const data = { files: ['file-object'], getData: () => 'file:///elsewhere' };
    expect(droppedPath(data, (file) => (file === 'file-object' ? '/real/path' : ''))).toBe('/real/path');
  });
  it('falls back to the first file URL of a uri-list, skipping comments', () => {
    expect(droppedPath(noFiles('# from nautilus\r\nfile:///tmp/shop\r\nfile:///tmp/other'), () => '')).toBe('/tmp/shop');
  });
  it('gives null when nothing names a local folder', () => {
    expect(droppedPath(noFiles('https://example.com/'), () => '')).toBeNull();
  });
});
