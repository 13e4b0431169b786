import { CanvasRenderer } from 'echarts/renderers';
import { defineEchartsMap } from '../echarts/map.js';

defineEchartsMap(CanvasRenderer, 'canvas');
