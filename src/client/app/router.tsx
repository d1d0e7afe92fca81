import { createBrowserRouter, type RouteObject } from 'react-router';
import { AboutPage } from '../features/about/about-page.tsx';

export const routes: RouteObject[] = [
  { path: '/', element: <AboutPage /> },
  { path: '/about', element: <AboutPage /> },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
