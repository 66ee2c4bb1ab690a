import { isLoopbackUrl } from '../../classroom/shareUrl';
import type { ClassroomT } from '../../classroom/createClassroomT';

/**
 * Says so when a shared link only works on this computer (127.0.0.1, localhost), and what to do:
 * serve on the classroom network, or build with SHEJIRE_PUBLIC_URL. Nothing otherwise.
 */
export function LoopbackWarning({ url, t }: { url: string; t: ClassroomT }) {
  if (!isLoopbackUrl(url)) return null;
  return (
    <p className="classroom-loopback" role="note">
      {t('share.loopback', { host: new URL(url).host })}
    </p>
  );
}
