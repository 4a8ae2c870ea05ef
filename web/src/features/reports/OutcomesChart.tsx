/**
 * The bar chart of the social-activation outcomes, in its own chunk: recharts is large and only
 * the report (and a few other pages) draw charts. It pictures the table beside it, which is what
 * assistive technologies read: the chart is one image with a label.
 */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';

export interface OutcomeBar {
  name: string;
  count: number;
}

const BAR_HEIGHT = 34;

export default function OutcomesChart({
  bars,
  label,
  series,
}: {
  bars: OutcomeBar[];
  label: string;
  series: string;
}) {
  return (
    <div role="img" aria-label={label}>
      <BarChart
        h={BAR_HEIGHT * bars.length + 40}
        data={bars}
        dataKey="name"
        orientation="vertical"
        yAxisProps={{ width: 150 }}
        gridAxis="x"
        withTooltip={false}
        withBarValueLabel
        series={[{ name: 'count', label: series, color: 'blue.7' }]}
      />
    </div>
  );
}
