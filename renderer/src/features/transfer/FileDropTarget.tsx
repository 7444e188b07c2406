import { useEffect } from 'react';
import { useNav } from '../../app/navStore';
import { useDroppedFile } from './droppedFile';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Dropping a file anywhere on the window opens the import wizard with it. Rendered once by the
 * page view; it draws nothing and only listens for file drags.
 */
export function FileDropTarget() {
  const navigate = useNav((state) => state.navigate);
  const drop = useDroppedFile((state) => state.drop);
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      drop(file);
      navigate('import');
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [drop, navigate]);
  return null;
}
