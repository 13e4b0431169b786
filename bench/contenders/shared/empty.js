// The shared page harness alone: its size is part of every page bundle (see results.md).
import { defineBench } from './bench-page.js';

defineBench({ mount() {}, check: () => false });
