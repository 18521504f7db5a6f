import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';

export interface CompliancePoint {
  day: string;
  passRate: number;
  openViolations: number;
}

/** The pass rate per day, in percent: the governance report's trend. */
export function ComplianceTrendChart({ trend, height = 180 }: { trend: readonly CompliancePoint[]; height?: number }) {
  if (trend.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No trend yet: governance records one point a day once products are evaluated.
      </Text>
    );
  }
  const data = trend.map((point) => ({ day: point.day, 'pass rate %': Math.round(point.passRate * 1000) / 10 }));
  return (
    <div role="img" aria-label="Compliance pass rate per day">
      <LineChart
        h={height}
        data={data}
        dataKey="day"
        series={[{ name: 'pass rate %', color: 'teal.7' }]}
        yAxisProps={{ domain: [0, 100] }}
        curveType="monotone"
        withDots={trend.length < 20}
      />
    </div>
  );
}
