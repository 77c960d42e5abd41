import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { CSSProperties } from 'react';

// Only the parts the cockpit draws, so the chunk stays a fraction of the full library.
echarts.use([
  BarChart,
  LineChart,
  FunnelChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export interface ChartClick {
  seriesIndex?: number;
  dataIndex: number;
}

interface ChartProps {
  option: EChartsOption;
  height: number;
  label: string;
  onClick?: (event: ChartClick) => void;
  style?: CSSProperties;
}

export function Chart({ option, height, label, onClick, style }: ChartProps) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, ...style }}
        onEvents={onClick ? { click: (event: ChartClick) => onClick(event) } : undefined}
      />
    </div>
  );
}
