/** The top of every page within a person's file: the way back to the person, then the page's title. */
import { Title } from '@mantine/core';
import { AnchorLink } from '../../components/links.tsx';

export function PersonPageHeading({
  personId,
  name,
  title,
}: {
  personId: string;
  name: string;
  title: string;
}) {
  return (
    <>
      <AnchorLink to="/persons/$id" params={{ id: personId }} size="sm">
        {name}
      </AnchorLink>
      <Title order={1} size="h2">
        {title}
      </Title>
    </>
  );
}
