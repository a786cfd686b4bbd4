// Extension popup: the reading view for the active tab (or `?tabId=`).
import '../../components/reader.css';
import { boot } from './boot';

void boot('popup');
