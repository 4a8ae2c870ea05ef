import classes from './DashboardPage.module.css';

/** One figure: its value, with its name read first (a <dt> before its <dd>). */
export function Figure({
  label,
  value,
  alert = false,
  empty = false,
}: {
  label: string;
  value: string | number;
  alert?: boolean;
  /** No figure to show (nothing to count): the value is a sentence, written smaller. */
  empty?: boolean;
}) {
  const className = [classes.figure, alert ? classes.overdue : '', empty ? classes.empty : '']
    .join(' ')
    .trim();
  return (
    <div className={className}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
