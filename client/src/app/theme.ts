import type { ThemeConfig } from 'antd';

// A restrained office look: one deep red accent on neutral greys, compact corners.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#c0392b',
    colorLink: '#a93226',
    borderRadius: 4,
    colorBgLayout: '#f4f4f2',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      siderBg: '#ffffff',
      headerPadding: '0 24px',
      triggerBg: '#ffffff',
      triggerColor: '#595959',
    },
    Menu: { itemSelectedBg: '#fbeceb', itemBorderRadius: 4 },
  },
};
