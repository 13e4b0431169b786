import { SVGRenderer } from 'echarts/renderers';
import { defineEchartsMap } from './map.js';

defineEchartsMap(SVGRenderer, 'svg');
