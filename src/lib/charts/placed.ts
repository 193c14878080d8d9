import type { AmountBar } from './amount-bar';
import type { BarVariant } from './marks';

/** A text label placed in user units; `y` is the baseline. */
export interface PlacedText {
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Style classes: muted, strong, halo. */
  cls?: string;
  size?: number;
  /** A run at the end of the line in its own style (a verdict after a detail), as a <tspan>. */
  tail?: { text: string; cls: string };
}

/** A horizontal amount bar with its value label and hover text, ready to draw. */
export interface PlacedBar {
  bar: AmountBar;
  y: number;
  height: number;
  /** Palette class k0–k6. */
  colour: string;
  variant: BarVariant;
  /** Hover text: what the bar is and its exact value. */
  title: string;
  label: PlacedText;
}

/** A vertical gridline with its tick label, in user units. */
export interface PlacedTick {
  x: number;
  y1: number;
  y2: number;
  label: PlacedText;
}
