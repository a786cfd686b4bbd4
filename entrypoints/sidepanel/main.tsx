// Chrome side panel / Firefox sidebar: the reading view, following the active tab.
import '../../components/reader.css';
import { boot } from '../popup/boot';

void boot('panel');
