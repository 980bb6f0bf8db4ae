import { describe, expect, it } from 'vitest';
import { useTempDir, writeMiniProgram } from '../project/test-support/project-builder';
import { isPlaceholderText, placeholderReason } from './placeholder-pages';
import { readinessService } from './test-support/readiness-service';
import { readWxml } from './wxml-text';

const reason = (wxml: string) => placeholderReason(readWxml(wxml));

describe('pages without content', () => {
  it('takes an empty page for one: nothing, comments, spaces, empty views', () => {
    expect(reason('')).toEqual({ reason: 'empty', text: '' });
    expect(reason('<!-- <view>商品列表</view> -->\n  \n')).toEqual({ reason: 'empty', text: '' });
    expect(reason('<view class="container">\n  <view></view>\n  <text>  </text>\n</view>\n')).toEqual({ reason: 'empty', text: '' });
  });

  it('takes a placeholder as the only text for one, in Chinese and English, with a picture or a short title beside it', () => {
    expect(reason('<view><image src="/a.png"/><text>敬请期待</text></view>')).toEqual({ reason: 'placeholder', text: '敬请期待' });
    expect(reason('<view>会员中心</view><view>功能开发中，敬请期待！</view>')).toMatchObject({ reason: 'placeholder' });
    expect(reason('<view>Coming soon...</view>')).toMatchObject({ reason: 'placeholder', text: 'Coming soon...' });
    expect(reason('<text>TODO</text>')).toMatchObject({ reason: 'placeholder' });
    expect(reason('<view>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</view>')).toMatchObject({ reason: 'placeholder' });
    expect(reason('<view>测试页面</view>')).toMatchObject({ reason: 'placeholder' });
    expect(reason('<view>暂无内容</view><navigator url="/pages/index/index">返回首页</navigator>')).toMatchObject({ reason: 'placeholder' });
    expect(reason('<view>即将上线</view>')).toMatchObject({ reason: 'placeholder' });
    expect(reason('<view>正在建设</view>')).toMatchObject({ reason: 'placeholder' });
  });

  it('does not take a page with content for one', () => {
    // Content from data, a component, real text, an empty-state line beside a list.
    expect(reason('<view>{{title}}</view>')).toBeNull();
    expect(reason('<goods-list category="new" />')).toBeNull();
    expect(reason('<image src="/poster.png" mode="widthFix" />')).toBeNull();
    expect(reason('<view>埃塞俄比亚耶加雪菲，水洗处理，浅度烘焙，柑橘和茉莉花香。</view>')).toBeNull();
    expect(reason('<view wx:for="{{orders}}">{{item.no}}</view><view wx:if="{{!orders.length}}">暂无内容</view>')).toBeNull();
    expect(reason('<view>新品上市：春季限定手冲咖啡豆，敬请期待下周二的首发活动和会员专享价格</view>')).toBeNull();
    expect(reason('<include src="/templates/footer.wxml" />')).toBeNull();
  });

  it('knows a placeholder text from text that mentions one', () => {
    expect(isPlaceholderText('敬请期待')).toBe(true);
    expect(isPlaceholderText('页面正在开发中')).toBe(true);
    expect(isPlaceholderText('开发中的新功能：下单后可以实时查看骑手位置和预计送达时间')).toBe(false);
    expect(isPlaceholderText('联系我们')).toBe(false);
  });
});

describe('placeholder pages in a project', () => {
  const tmp = useTempDir();

  it('lists each such page of the main package and the subpackages, with its WXML', async () => {
    const root = await writeMiniProgram(tmp(), {
      pages: ['pages/index/index', 'pages/soon/soon'],
      subpackages: [{ root: 'packageA/', pages: ['pages/blank/blank', 'pages/real/real'] }],
    });
    await tmp().write('pages/soon/soon.wxml', '<view class="soon">敬请期待</view>\n');
    await tmp().write('packageA/pages/blank/blank.wxml', '<view></view>\n');
    const service = readinessService();
    const report = await service.run(root);
    expect(report.placeholderPages).toEqual([
      { page: 'pages/soon/soon', file: 'pages/soon/soon.wxml', reason: 'placeholder', text: '敬请期待' },
      { page: 'packageA/pages/blank/blank', file: 'packageA/pages/blank/blank.wxml', reason: 'empty', text: '' },
    ]);
    expect(report.problems.filter((p) => p.code === 'readiness.page-placeholder').map((p) => p.file)).toEqual(['pages/soon/soon.wxml', 'packageA/pages/blank/blank.wxml']);
  });
});
