import { startBackground } from '../platform/background-main';

startBackground();
