import { DatePicker, Flex, Segmented } from 'antd';
import dayjs from 'dayjs';
import { useT, type MessageKey } from '../../../shared/i18n';
import { PERIOD_PRESETS, presetPeriod, type Period, type PeriodPreset } from '../model/period';

const PRESET_LABEL: Record<PeriodPreset, MessageKey> = {
  thisYear: 'cockpit.period.thisYear',
  lastYear: 'cockpit.period.lastYear',
  q1: 'cockpit.period.q1',
  q2: 'cockpit.period.q2',
  q3: 'cockpit.period.q3',
  q4: 'cockpit.period.q4',
  custom: 'cockpit.period.custom',
};

interface PeriodPickerProps {
  period: Period;
  today: string;
  onChange: (period: Period) => void;
}

export function PeriodPicker({ period, today, onChange }: PeriodPickerProps) {
  const t = useT();
  return (
    <Flex gap={8} wrap align="center">
      {/* On a phone the presets scroll inside their own strip, never the page. */}
      <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <Segmented<PeriodPreset>
          aria-label={t('cockpit.period.label')}
          value={period.preset}
          options={PERIOD_PRESETS.map((preset) => ({
            value: preset,
            label: t(PRESET_LABEL[preset]),
          }))}
          onChange={(preset) =>
            onChange(preset === 'custom' ? { ...period, preset } : presetPeriod(preset, today))
          }
        />
      </div>
      {period.preset === 'custom' && (
        <DatePicker.RangePicker
          aria-label={t('cockpit.period.custom')}
          allowClear={false}
          value={[dayjs(period.from), dayjs(period.to)]}
          onChange={(range) => {
            if (range?.[0] && range[1]) {
              onChange({
                preset: 'custom',
                from: range[0].format('YYYY-MM-DD'),
                to: range[1].format('YYYY-MM-DD'),
              });
            }
          }}
        />
      )}
      <span data-testid="cockpit-period" style={{ color: 'rgba(0, 0, 0, 0.62)', fontSize: 12 }}>
        {period.from} ~ {period.to}
      </span>
    </Flex>
  );
}
