import { recommended } from './configs.js';

export default recommended;
