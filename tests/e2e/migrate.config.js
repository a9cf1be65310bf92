import { migrate } from './configs.js';

export default migrate;
