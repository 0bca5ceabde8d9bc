import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/layout/layout';
import { Loading } from './components/layout/status';
import { NotFoundPage } from './pages/not-found-page';

// Each page is its own chunk: the first screen loads only what it shows.
const OverviewPage = lazy(() => import('./pages/overview-page'));
const TimelinePage = lazy(() => import('./pages/timeline-page'));
const MapPage = lazy(() => import('./pages/map-page'));
const IncidentPage = lazy(() => import('./pages/incident-page'));
const DocumentPage = lazy(() => import('./pages/document-page'));
const ReviewPage = lazy(() => import('./pages/review-page'));
const PeacePage = lazy(() => import('./pages/peace-page'));
const PlacesPage = lazy(() => import('./pages/places-page'));
const ActorsPage = lazy(() => import('./pages/actors-page'));
const SignInPage = lazy(() => import('./pages/sign-in-page'));
const IngestPage = lazy(() => import('./pages/ingest-page'));
const SettingsPage = lazy(() => import('./pages/settings-page'));

/** Every page of the web app; each is backed by the API under /api/v1/. */
export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading what="the page" />}>
        <Routes>
          <Route path="/" element={<OverviewPage />} />
          <Route path="/timeline" element={<TimelinePage />} />
          <Route path="/map" element={<MapPage />} />
          <Route path="/incidents/:id" element={<IncidentPage />} />
          <Route path="/documents/:id" element={<DocumentPage />} />
          <Route path="/review" element={<ReviewPage />} />
          <Route path="/peace" element={<PeacePage />} />
          <Route path="/places" element={<PlacesPage />} />
          <Route path="/actors" element={<ActorsPage />} />
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/ingest" element={<IngestPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
