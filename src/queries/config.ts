/** The app's config.json as panels need it (the launch reads it itself, before there is a session). */
import { useQuery } from '@tanstack/react-query';
import { loadConfig, type ClinicalConfig } from '../config';
import { queryKeys } from './keys';

/** The practice's clinical settings; an unreadable config.json gives none (the defaults apply). */
export function useClinicalConfig(): {
  clinical: ClinicalConfig;
  settled: boolean;
  failed: boolean;
} {
  const q = useQuery({
    queryKey: queryKeys.config(),
    queryFn: () => loadConfig(),
    staleTime: Infinity,
    retry: 1,
  });
  return { clinical: q.data?.clinical ?? {}, settled: !q.isPending, failed: q.isError };
}
