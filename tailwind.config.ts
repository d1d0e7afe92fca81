import type { Config } from 'tailwindcss';

/**
 * Theme tokens. Categorical colours are the Government Analysis Function's accessible palette, in its
 * order; every chart takes its colours from src/client/components/charts/colours.ts, which uses these.
 */
export default {
  content: ['./index.html', './src/client/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        ink: '#0b0c0c',
        secondary: '#505a5f',
        border: '#b1b4b6',
        panel: '#f3f2f1',
        link: '#1d70b8',
        'link-visited': '#4c2c92',
        focus: '#ffdd00',
        error: '#d4351c',
        success: '#00703c',
        warning: '#f47738',
        brand: '#12436d',
        cat: {
          1: '#12436d',
          2: '#28a197',
          3: '#801650',
          4: '#f46a25',
          5: '#3d3d3d',
          6: '#a285d1',
        },
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', 'Arial', 'sans-serif'],
      },
      maxWidth: {
        page: '90rem',
      },
    },
  },
} satisfies Config;
