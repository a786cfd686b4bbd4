// Chrome side panel / Firefox sidebar: the reading view, following the active tab.
import { render } from 'preact';
import '../../components/reader.css';
import { ReaderApp } from '../popup/app';

const root = document.getElementById('app');
if (root) render(<ReaderApp layout="panel" />, root);
