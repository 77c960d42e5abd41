import type { ThemeConfig } from 'antd';

// A restrained office look: one deep red accent on neutral greys, compact corners.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#c0392b',
    colorLink: '#a93226',
    borderRadius: 4,
    colorBgLayout: '#f4f4f2',
    // Secondary and placeholder text at ≥ 4.5:1 on white and on the page grey (WCAG AA).
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    // Danger buttons and error text: antd's #ff4d4f reads at 3.3:1 on white.
    colorError: '#cf1322',
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
