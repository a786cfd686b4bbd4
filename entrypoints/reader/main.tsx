// Extension page (reader.html?tabId=N): the reading view in a tab of its own.
import '../../components/reader.css';
import { boot } from '../popup/boot';

void boot('tab');
