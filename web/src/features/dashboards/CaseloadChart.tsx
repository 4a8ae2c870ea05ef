/**
 * The bar chart of caseload per worker, in its own chunk: recharts is large and only this page
 * (and the person page's progress) needs it. It is a picture of the table that follows it: one
 * image with a label for assistive technologies, which read the numbers in the table.
 */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';

export interface CaseloadBar {
  name: string;
  activeFiles: number;
  openPlans: number;
}

const BAR_HEIGHT = 44;

export default function CaseloadChart({ bars }: { bars: CaseloadBar[] }) {
  const { t } = useTranslation();
  return (
    <div role="img" aria-label={t('dashboards.team.chartLabel')}>
      <BarChart
        h={BAR_HEIGHT * bars.length + 80}
        data={bars}
        dataKey="name"
        orientation="vertical"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        yAxisProps={{ width: 120 }}
        gridAxis="x"
        withTooltip={false}
        xAxisProps={{ allowDecimals: false }}
        series={[
          { name: 'activeFiles', label: t('dashboards.team.activeFiles'), color: 'blue.7' },
          { name: 'openPlans', label: t('dashboards.team.openPlans'), color: 'teal.8' },
        ]}
      />
    </div>
  );
}
