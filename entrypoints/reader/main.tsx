// Extension page (reader.html?tabId=N): the reading view in a tab of its own.
import { render } from 'preact';
import '../../components/reader.css';
import { ReaderApp } from '../popup/app';

const root = document.getElementById('app');
if (root) render(<ReaderApp layout="tab" />, root);
