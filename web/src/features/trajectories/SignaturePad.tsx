/**
 * A signature drawn with a finger, a pen or the mouse on a <canvas> (pointer events cover all
 * three), handed on as a PNG data URL once something is drawn.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { type PointerEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './Plans.module.css';

const WIDTH = 600;
const HEIGHT = 200;

interface Props {
  label: string;
  /** The drawing as image/png, or null when the pad is empty. */
  onChange: (dataUrl: string | null) => void;
  error?: ReactNode;
}

export function SignaturePad({ label, onChange, error }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const drawn = useRef(false);
  const last = useRef<{ x: number; y: number } | null>(null);
  const labelId = useId();
  const errorId = useId();

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.lineWidth = 3;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#1a1b1e';
  }, []);

  // The canvas keeps its own resolution; the screen shows it at any width.
  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) / box.width) * WIDTH,
      y: ((event.clientY - box.top) / box.height) * HEIGHT,
    };
  };

  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drawing.current = true;
    last.current = point(event);
    const context = event.currentTarget.getContext('2d');
    if (context && last.current) {
      // A dot for a tap.
      context.beginPath();
      context.arc(last.current.x, last.current.y, 1.5, 0, Math.PI * 2);
      context.fill();
    }
  };

  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current || !last.current) return;
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    const next = point(event);
    context.beginPath();
    context.moveTo(last.current.x, last.current.y);
    context.lineTo(next.x, next.y);
    context.stroke();
    last.current = next;
    drawn.current = true;
  };

  const end = () => {
    if (!drawing.current) return;
    drawing.current = false;
    last.current = null;
    if (drawn.current && canvas.current) onChange(canvas.current.toDataURL('image/png'));
  };

  const clear = () => {
    const element = canvas.current;
    element?.getContext('2d')?.clearRect(0, 0, WIDTH, HEIGHT);
    drawn.current = false;
    onChange(null);
  };

  return (
    <Stack gap={4}>
      <Text id={labelId} size="sm" fw={500}>
        {label}
      </Text>
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        className={classes.pad}
        role="img"
        aria-labelledby={labelId}
        aria-describedby={error ? errorId : undefined}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
        onPointerLeave={end}
      />
      <Group gap="sm">
        <Button
          size="compact-sm"
          variant="default"
          onClick={clear}
          aria-label={t('plans.sign.clearWho', { who: label })}
        >
          {t('plans.sign.clear')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('plans.sign.padHelp')}
        </Text>
      </Group>
      {error && (
        <Text id={errorId} size="sm" c="red.8" fw={600}>
          {error}
        </Text>
      )}
    </Stack>
  );
}
