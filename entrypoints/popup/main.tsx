// Extension popup: the reading view for the active tab (or `?tabId=`).
import { render } from 'preact';
import '../../components/reader.css';
import { ReaderApp } from './app';

const root = document.getElementById('app');
if (root) render(<ReaderApp layout="popup" />, root);
