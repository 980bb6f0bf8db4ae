import { useState, type DragEvent, type ReactNode } from 'react';
import { api } from '../api';
import { droppedPath } from './drop-paths';

interface DropZoneProps {
  label: string;
  activeLabel: string;
  disabled?: boolean;
  onPath(path: string): void;
  onUnrecognised(): void;
  testId?: string;
  children?: ReactNode;
}

/** A large target for a dragged folder; tells the parent the path, or that it could not find one. */
export function DropZone({ label, activeLabel, disabled, onPath, onUnrecognised, testId = 'dropzone', children }: DropZoneProps) {
  const [over, setOver] = useState(false);
  const allow = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const path = droppedPath(event.dataTransfer, (file) => api().pathForFile(file));
    if (path) onPath(path);
    else onUnrecognised();
  };
  return (
    <div
      className={`dropzone${over ? ' dropzone--over' : ''}${disabled ? ' dropzone--busy' : ''}`}
      data-testid={testId}
      onDragEnter={(event) => {
        allow(event);
        setOver(true);
      }}
      onDragOver={allow}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <svg className="dropzone__icon" viewBox="0 0 48 40" aria-hidden>
        <path d="M4 6a4 4 0 0 1 4-4h10l5 5h17a4 4 0 0 1 4 4v23a4 4 0 0 1-4 4H8a4 4 0 0 1-4-4z" />
      </svg>
      <p className="dropzone__label">{over ? activeLabel : label}</p>
      {children}
    </div>
  );
}
